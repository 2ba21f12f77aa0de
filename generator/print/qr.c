/* qr.c - QR codes on the canvas; see qr.h. */
#include "qr.h"
#include "util/syserr.h"

#include <errno.h>
#include <qrencode.h>
#include <stdio.h>
#include <string.h>

#define QUIET 4   /* modules of white around the symbol */

int qr_draw(canvas *c, const char *text, double x, double y, double size,
	    uint32_t colour, char *err, size_t errlen)
{
	QRcode *q = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M);
	if (!q) {
		snprintf(err, errlen, "kan geen QR-code maken van '%.60s': %s",
			 text, errno == ERANGE ? "de tekst is te lang" :
			 syserr_text(errno));
		return -1;
	}
	int n = q->width;
	double m = size / (n + 2 * QUIET);
	canvas_style white = { 0xFFFFFF, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_rect(c, x, y, size, size, 0, &white);
	/* each row's runs of dark modules as rectangles of one path */
	for (int r = 0; r < n; r++) {
		const unsigned char *row = q->data + (size_t)r * n;
		for (int k = 0; k < n;) {
			if (!(row[k] & 1)) {
				k++;
				continue;
			}
			int e = k;
			while (e < n && (row[e] & 1))
				e++;
			double x0 = x + (QUIET + k) * m, x1 = x + (QUIET + e) * m;
			double y0 = y + (QUIET + r) * m, y1 = y0 + m;
			canvas_move(c, x0, y0);
			canvas_line(c, x1, y0);
			canvas_line(c, x1, y1);
			canvas_line(c, x0, y1);
			canvas_close(c);
			k = e;
		}
	}
	canvas_style dark = { colour, CANVAS_NONE, 0, 0, 0, 0 };
	canvas_paint(c, &dark);
	QRcode_free(q);
	return n;
}
