package vn.ktgs.spi;

import java.io.InputStream;
import vn.ktgs.scoring.CriteriaSet;

/**
 * Extension point: reads a criteria set from its data form. The core ships the model and the rules; a format
 * module (the JSON adapter) ships a loader, so the core never sees a parser.
 */
public interface CriteriaSetLoader {

    /**
     * Reads and checks one criteria set.
     *
     * @throws vn.ktgs.common.RejectedException with every problem, each naming its path in the data, when the
     *     data is malformed or the set is not sound; nothing is returned then
     */
    CriteriaSet read(InputStream in);
}
