/** Integration tests of real Maven builds of studies: the archetype, the plugin added by hand, a failing study. */
package weft.it;
