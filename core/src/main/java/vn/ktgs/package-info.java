/**
 * KTGS (kiểm tra, giám sát): the inspection and supervision work of grassroots Party organisations.
 * {@link vn.ktgs.Ktgs} wires the services of the feature packages over {@link vn.ktgs.Ports};
 * {@link vn.ktgs.Ktgs#as(vn.ktgs.access.Caller)} gives the same commands and queries as one caller may take them
 * ({@link vn.ktgs.Guarded}: every command and query checked against the action the core maps it to, confidential
 * content left out for a caller who may not read it).
 */
@NullMarked
package vn.ktgs;

import org.jspecify.annotations.NullMarked;
