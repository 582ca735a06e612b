/**
 * KTGS (kiểm tra, giám sát): the inspection and supervision work of grassroots Party organisations.
 * {@link vn.ktgs.Ktgs} wires the services of the feature packages over {@link vn.ktgs.Ports}.
 */
@NullMarked
package vn.ktgs;

import org.jspecify.annotations.NullMarked;
