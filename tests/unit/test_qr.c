/* test_qr.c - QR codes that a phone reads back as the same address. */
#include "check.h"
#include "print/qr.h"
#include "util/fs.h"

#include <stdlib.h>
#include <unistd.h>

/* Draws text's code at side points on a page, renders the page and
 * returns what zbarimg decodes from it. */
static const char *round_trip(const char *dir, const char *text, double side,
			      int *modules)
{
	static char got[4096];
	char path[256], cmd[600], err[200];
	canvas *c = canvas_pdf_new(NULL);
	canvas_page_begin(c, side + 40, side + 40, NULL);
	*modules = qr_draw(c, text, 20, 20, side, 0x0E6266, err, sizeof err);
	snprintf(path, sizeof path, "%s/qr.pdf", dir);
	CHECK_INT(canvas_save(c, path, err, sizeof err), 0);
	canvas_free(c);
	snprintf(cmd, sizeof cmd, "pdftoppm -png -r 150 '%s' '%s/qr' && "
		 "zbarimg --quiet --raw '%s'/qr-1.png 2>/dev/null", path, dir,
		 dir);
	snprintf(got, sizeof got, "%s", command_output(cmd, NULL));
	got[strcspn(got, "\n")] = '\0';
	return got;
}

int main(void)
{
	char dir[] = "/tmp/coachkit-qr-XXXXXX";
	if (!mkdtemp(dir))
		return 2;
	int n = 0;
	const char *url = "https://training.example.nl/coach/vierbollenmodel.html";
	CHECK_STR(round_trip(dir, url, 90, &n), url);
	CHECK(n >= 21 && (n - 17) % 4 == 0);   /* a QR version's size */
	/* small on paper still reads: 2 cm */
	CHECK_STR(round_trip(dir, url, 56.7, &n), url);
	/* a longer address takes a larger version */
	int small = n;
	const char *longer = "https://www.voorbeeld-zorggroep.nl/training/"
		"persoonsgerichte-zorg/samen-beslissen/het-5a-model.html#doelen";
	CHECK_STR(round_trip(dir, longer, 90, &n), longer);
	CHECK(n > small);

	/* too long for any QR version: an error, nothing drawn */
	size_t big = 8000;
	char *text = malloc(big + 1);
	memset(text, 'x', big);
	text[big] = '\0';
	canvas *c = canvas_pdf_new(NULL);
	canvas_page_begin(c, 100, 100, NULL);
	char err[200] = "";
	CHECK_INT(qr_draw(c, text, 0, 0, 90, 0, err, sizeof err), -1);
	CHECK(strstr(err, "te lang") != NULL);
	canvas_free(c);
	free(text);
	fs_remove_tree(dir);
	return check_done();
}
