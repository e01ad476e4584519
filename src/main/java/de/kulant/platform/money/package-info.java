/**
 * The one money type of Kulant: pure Java, usable by every module including {@code law}.
 */
@NamedInterface("money")
package de.kulant.platform.money;

import org.springframework.modulith.NamedInterface;
