package weft.render.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeLinksTest {

    @Test
    void links_between_pages_climb_only_as_far_as_they_must() {
        assertThat(RelativeLinks.between("evidence/nodes/a.html", "index.html#node-a")).isEqualTo("../../index.html#node-a");
        assertThat(RelativeLinks.between("evidence/nodes/a.html", "evidence/nodes/b.html")).isEqualTo("b.html");
        assertThat(RelativeLinks.between("evidence/nodes/a.html", "evidence/quotes/q.html")).isEqualTo("../quotes/q.html");
        assertThat(RelativeLinks.between("evidence/index.html", "evidence/nodes/b.html")).isEqualTo("nodes/b.html");
        assertThat(RelativeLinks.between("evidence/quotes/q.html", "evidence/assets/")).isEqualTo("../assets/");
        assertThat(RelativeLinks.between("index.html", "evidence/index.html")).isEqualTo("evidence/index.html");
    }
}
