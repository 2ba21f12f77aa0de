/* test_hyph.c - Dutch hyphenation points through libhyphen (hyphen-nl).
 *
 * The expected points are what libhyphen gives with the Debian patterns,
 * checked against Dutch syllabification (per-soons-ge-rich-te without the
 * two-letter tail, prak-tijk-on-der-steu-ner, pa-ti-en-ten). */
#include "check.h"
#include "layout/hyph.h"

#include <stdlib.h>
#include <unistd.h>

static hyph *H;

/* The word with a '-' at each point, in a static buffer; or "(none)". */
static const char *marked(const char *word)
{
	static char out[512];
	size_t pts[64], len = strlen(word), o = 0, last = 0;
	size_t n = hyph_points(H, word, len, pts, 64);
	if (!n)
		return "(none)";
	for (size_t i = 0; i < n; i++) {
		memcpy(out + o, word + last, pts[i] - last);
		o += pts[i] - last;
		out[o++] = '-';
		last = pts[i];
	}
	memcpy(out + o, word + last, len - last);
	out[o + len - last] = '\0';
	return out;
}

/* The points of word as "a,b,c". */
static const char *offsets(const char *word, size_t max)
{
	static char out[256];
	size_t pts[64], o = 0;
	size_t n = hyph_points(H, word, strlen(word), pts, max);
	out[0] = '\0';
	for (size_t i = 0; i < n && o < sizeof out - 24; i++)
		o += (size_t)snprintf(out + o, sizeof out - o, "%s%zu",
				      i ? "," : "", pts[i]);
	return out;
}

static void test_words(void)
{
	CHECK_STR(marked("persoonsgerichte"), "per-soons-ge-richte");
	CHECK_STR(offsets("persoonsgerichte", 64), "3,8,10");
	CHECK_STR(marked("praktijkondersteuner"), "prak-tijk-on-der-steu-ner");
	CHECK_STR(marked("ziekenhuis"), "zie-ken-huis");
	CHECK_STR(marked("lezen"), "le-zen");
	CHECK_STR(marked("ijsselmeer"), "ijs-sel-meer");
}

/* Non-ASCII letters: the offsets are bytes and fall on characters. */
static void test_latin1(void)
{
	const char *w = "pati\xC3\xABnten";        /* patiënten */
	CHECK_STR(offsets(w, 64), "2,4,7");
	CHECK_STR(marked(w), "pa-ti-\xC3\xABn-ten");
	size_t pts[16];
	size_t n = hyph_points(H, w, strlen(w), pts, 16);
	int boundaries = n == 3;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)w[pts[i]] & 0xC0) == 0x80)
			boundaries = 0;
	CHECK(boundaries);
	CHECK_STR(marked("ge\xC3\xAFnterviewd"), "ge-\xC3\xAFn-ter-viewd");
	CHECK_STR(marked("co\xC3\xB6rdinatie"), "co-\xC3\xB6r-di-na-tie");
	/* the trema goes at a break: pati-enten */
	char plain = 0;
	CHECK_INT(hyph_drops_trema(w, strlen(w), 4, &plain), 2);
	CHECK_INT(plain, 'e');
	CHECK_INT(hyph_drops_trema(w, strlen(w), 2, &plain), 0);
	CHECK_INT(hyph_drops_trema("na\xC3\x8F" "ef", 6, 2, &plain), 2);
	CHECK_INT(plain, 'I');
	CHECK_INT(hyph_drops_trema("caf\xC3\xA9", 5, 3, &plain), 0);
}

/* Capitals, punctuation around the word, existing hyphens. */
static void test_shapes(void)
{
	CHECK_STR(marked("Vierbollenmodel"), "Vier-bol-len-mo-del");
	CHECK_STR(marked("PATI\xC3\x8BNTEN"), "PA-TI-\xC3\x8BN-TEN");
	CHECK_STR(marked("(praktijkondersteuner),"),
		  "(prak-tijk-on-der-steu-ner),");
	CHECK_STR(marked("\xE2\x80\x98huisarts\xE2\x80\x99"),
		  "\xE2\x80\x98huis-arts\xE2\x80\x99");
	CHECK_STR(marked("huisarts-praktijk"), "huis-arts-prak-tijk");
	CHECK_STR(offsets("huisarts-praktijk", 64), "4,13");
	/* U+2011 non-breaking hyphen: "e" is too short, "mailadres" is not */
	CHECK_STR(marked("e\xE2\x80\x91mailadres"), "e\xE2\x80\x91mail-adres");
	CHECK_STR(marked("zorg-ziekenhuis-"), "zorg-zie-ken-huis-");
	CHECK_STR(offsets("zorg-ziekenhuis-", 64), "8,11");
}

/* Words that get no points at all. */
static void test_none(void)
{
	CHECK_STR(marked("huis"), "(none)");              /* < 5 letters */
	CHECK_STR(marked("abc12def"), "(none)");          /* digits */
	CHECK_STR(marked("covid19pati\xC3\xABnten"), "(none)");
	CHECK_STR(marked("auto's"), "(none)");            /* apostrophe */
	CHECK_STR(marked("\xC4\xB2sselmeer"), "(none)");  /* U+0132 IJ */
	CHECK_STR(marked("huisarts\xE2\x82\xACje"), "(none)"); /* euro sign */
	CHECK_STR(marked("zelf\xC2\xADzorgcoach"), "(none)"); /* soft hyphen */
	CHECK_STR(marked("pati\xC3nten"), "(none)");      /* bad UTF-8 */
	CHECK_STR(marked("\xE2\x80\x94\xE2\x80\x94"), "(none)");
	CHECK_STR(marked(""), "(none)");
	char longw[400];
	for (int i = 0; i < 150; i++)
		memcpy(longw + 2 * i, "ba", 2);
	longw[300] = '\0';
	CHECK_STR(marked(longw), "(none)");               /* > 100 letters */
	size_t pts[4];
	CHECK_INT(hyph_points(NULL, "ziekenhuis", 10, pts, 4), 0);
	CHECK_INT(hyph_points(H, "ziekenhuis", 10, pts, 0), 0);
	/* not NUL-terminated: only len bytes count */
	CHECK_INT(hyph_points(H, "ziekenhuisarts", 10, pts, 4), 2);
}

/* Minimum letters before and after a break; the max argument. */
static void test_min(void)
{
	CHECK_STR(offsets("praktijkondersteuner", 2), "4,8");
	hyph_set_min(H, 3, 3);
	CHECK_STR(marked("ge\xC3\xAFnterviewd"), "ge\xC3\xAFn-ter-viewd");
	CHECK_STR(marked("lezen"), "(none)");
	hyph_set_min(H, 2, 2);
	CHECK_STR(marked("persoonsgerichte"), "per-soons-ge-rich-te");
	CHECK_STR(marked("zee\xC3\xABn"), "zee-\xC3\xABn");
	hyph_set_min(H, 6, 6);
	CHECK_STR(marked("praktijkondersteuner"), "praktijk-on-der-steuner");
	hyph_set_min(H, 0, -4);                  /* counts as 1 and 1 */
	CHECK(strcmp(marked("lezen"), "le-zen") == 0);
	hyph_set_min(H, 2, 3);
	CHECK_STR(marked("persoonsgerichte"), "per-soons-ge-richte");
}

/* Writes a dictionary to a temporary file; its path goes to path. */
static int write_dic(char *path, const char *dic)
{
	strcpy(path, "/tmp/test_hyph_XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0)
		return -1;
	ssize_t n = write(fd, dic, strlen(dic));
	close(fd);
	return n == (ssize_t)strlen(dic) ? 0 : -1;
}

/* Small dictionaries of our own: a non-standard pattern (German
 * Schiff-fahrt: the break needs a spelling change, so it is left out) and
 * a UTF-8 one. */
static void test_custom(void)
{
	char path[64], err[256];
	CHECK(write_dic(path, "ISO8859-1\na1b\nf1f/ff=f,1,2\n") == 0);
	hyph *h = hyph_load(path, err, sizeof err);
	unlink(path);
	CHECK(h != NULL);
	if (h) {
		hyph *keep = H;
		H = h;
		CHECK_STR(marked("schiffahrt"), "(none)");
		CHECK_STR(offsets("kaabbaffeabba", 64), "3,10");
		hyph_set_min(h, 1, 1);
		CHECK_STR(marked("kabba"), "ka-bba");
		CHECK_STR(marked("abba"), "(none)");  /* fewer than 5 letters */
		CHECK_STR(marked("abba-kabba"), "abba-ka-bba");
		H = keep;
		hyph_free(h);
	}
	CHECK(write_dic(path, "UTF-8\n\xC3\xAB" "1n\na1b\n") == 0);
	h = hyph_load(path, err, sizeof err);
	unlink(path);
	CHECK(h != NULL);
	if (h) {
		hyph *keep = H;
		H = h;
		CHECK_STR(marked("Pati\xC3\xABnten"), "Pati\xC3\xAB-nten");
		CHECK_STR(marked("PATI\xC3\x8BNTEN"), "PATI\xC3\x8B-NTEN");
		CHECK_STR(offsets("aaaaab\xC3\xABna", 64), "5");
		H = keep;
		hyph_free(h);
	}
}

/* Loading: codes, paths, and the messages when that fails. */
static void test_load(void)
{
	char err[256];
	hyph *h = hyph_load("nl_NL", err, sizeof err);
	CHECK(h != NULL);
	hyph_free(h);
	h = hyph_load("nl-nl", err, sizeof err);
	CHECK(h != NULL);
	hyph_free(h);
	h = hyph_load(HYPH_DIR "/hyph_nl_NL.dic", err, sizeof err);
	CHECK(h != NULL);
	hyph_free(h);

	err[0] = '\0';
	CHECK(hyph_load("xx", err, sizeof err) == NULL);
	CHECK_STR(err, "geen afbreekpatronen voor \"xx\" (gezocht: "
		  "/usr/share/hyphen/hyph_xx_XX.dic en hyph_xx.dic)");
	CHECK(hyph_load("xx_YY", err, sizeof err) == NULL);
	CHECK_STR(err, "geen afbreekpatronen voor \"xx_YY\" (gezocht: "
		  "/usr/share/hyphen/hyph_xx_YY.dic en hyph_xx.dic)");
	CHECK(hyph_load("n1", err, sizeof err) == NULL);
	CHECK_STR(err, "ongeldige taalcode \"n1\"");
	CHECK(hyph_load("../etc", err, sizeof err) == NULL);
	CHECK_STR(err, "geen afbreekpatronen in ../etc");
	CHECK(hyph_load("", err, sizeof err) == NULL);
	CHECK_STR(err, "geen taal opgegeven om af te breken");
	CHECK(hyph_load("xx", NULL, 0) == NULL);

	char path[] = "/tmp/test_hyph_XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0);
	if (fd >= 0) {
		const char *dic = "KOI8-R\n1a1\n";
		CHECK(write(fd, dic, strlen(dic)) == (ssize_t)strlen(dic));
		close(fd);
		CHECK(hyph_load(path, err, sizeof err) == NULL);
		char want[300];
		snprintf(want, sizeof want,
			 "%s: de tekenset KOI8-R wordt niet ondersteund",
			 path);
		CHECK_STR(err, want);
		unlink(path);
	}
	hyph_free(NULL);
}

int main(void)
{
	char err[256];
	H = hyph_load("nl", err, sizeof err);
	CHECK(H != NULL);
	if (!H) {
		printf("    %s\n", err);
		return check_done();
	}
	test_words();
	test_latin1();
	test_shapes();
	test_none();
	test_min();
	test_load();
	test_custom();
	hyph_free(H);
	return check_done();
}
