/** The Jakarta REST resources, one per part of the domain; they call the core services only. */
@NullMarked
package vn.ktgs.rest.resources;

import org.jspecify.annotations.NullMarked;
