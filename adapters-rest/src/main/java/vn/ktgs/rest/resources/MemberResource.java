package vn.ktgs.rest.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jspecify.annotations.Nullable;
import vn.ktgs.Guarded;
import vn.ktgs.Ktgs;
import vn.ktgs.common.Entity;
import vn.ktgs.organisation.Member;
import vn.ktgs.organisation.MemberId;
import vn.ktgs.organisation.OrganisationCommands.AdmitAsFull;
import vn.ktgs.organisation.OrganisationCommands.Appoint;
import vn.ktgs.organisation.OrganisationCommands.Enrol;
import vn.ktgs.organisation.OrganisationCommands.Leave;
import vn.ktgs.organisation.OrganisationCommands.RegisterMember;
import vn.ktgs.organisation.OrganisationId;
import vn.ktgs.rest.api.OrganisationApi.AdmitRequest;
import vn.ktgs.rest.api.OrganisationApi.AppointRequest;
import vn.ktgs.rest.api.OrganisationApi.EndRoleRequest;
import vn.ktgs.rest.api.OrganisationApi.EnrolRequest;
import vn.ktgs.rest.api.OrganisationApi.LeaveRequest;
import vn.ktgs.rest.api.OrganisationApi.MemberView;
import vn.ktgs.rest.api.OrganisationApi.RegisterMemberRequest;
import vn.ktgs.rest.internal.Creates;
import vn.ktgs.rest.internal.Guard;
import vn.ktgs.rest.internal.Preconditions;

/** Đảng viên: members, their memberships in cells and their roles. */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MemberResource extends ResourceSupport {

    public MemberResource(Ktgs ktgs, Guard guard) {
        super(ktgs, guard);
    }

    @POST
    @Creates
    public MemberView register(RegisterMemberRequest body) {
        return MemberView.of(as().organisations().registerMember(new RegisterMember(body.code(), body.fullName()))
                .orThrow());
    }

    @GET
    @Path("/{id}")
    public MemberView get(@PathParam("id") String id) {
        return MemberView.of(as().organisations().member(id(id, Entity.MEMBER, MemberId::new)));
    }

    @POST
    @Path("/{id}/memberships")
    public MemberView enrol(@PathParam("id") String id, @HeaderParam("If-Match") @Nullable String ifMatch,
                            EnrolRequest body) {
        Guarded as = as();
        Member m = administered(as, id, ifMatch);
        return MemberView.of(as.organisations().enrol(new Enrol(m.id(), new OrganisationId(body.cell()),
                body.from(), body.status())).orThrow());
    }

    @POST
    @Path("/{id}/departures")
    public MemberView leave(@PathParam("id") String id, @HeaderParam("If-Match") @Nullable String ifMatch,
                            LeaveRequest body) {
        Guarded as = as();
        Member m = administered(as, id, ifMatch);
        return MemberView.of(as.organisations().leave(new Leave(m.id(), new OrganisationId(body.cell()),
                body.lastDay())).orThrow());
    }

    @POST
    @Path("/{id}/admission")
    public MemberView admitAsFull(@PathParam("id") String id, @HeaderParam("If-Match") @Nullable String ifMatch,
                                  AdmitRequest body) {
        Guarded as = as();
        Member m = administered(as, id, ifMatch);
        return MemberView.of(as.organisations().admitAsFull(new AdmitAsFull(m.id(), body.from())).orThrow());
    }

    @POST
    @Path("/{id}/roles")
    public MemberView appoint(@PathParam("id") String id, @HeaderParam("If-Match") @Nullable String ifMatch,
                              AppointRequest body) {
        Guarded as = as();
        Member m = administered(as, id, ifMatch);
        return MemberView.of(as.organisations().appoint(new Appoint(m.id(), new OrganisationId(body.organisation()),
                body.role(), body.from(), body.to())).orThrow());
    }

    @POST
    @Path("/{id}/roles/end")
    public MemberView endRole(@PathParam("id") String id, @HeaderParam("If-Match") @Nullable String ifMatch,
                              EndRoleRequest body) {
        Guarded as = as();
        Member m = administered(as, id, ifMatch);
        return MemberView.of(as.organisations().endRole(m.id(), new OrganisationId(body.organisation()),
                body.role(), body.lastDay()).orThrow());
    }

    /** The member as the caller reads them (404, 403), then the If-Match; the core checks the command's action. */
    private static Member administered(Guarded as, String id, @Nullable String ifMatch) {
        Member m = as.organisations().member(id(id, Entity.MEMBER, MemberId::new));
        Preconditions.expect(ifMatch, m.version());
        return m;
    }
}
