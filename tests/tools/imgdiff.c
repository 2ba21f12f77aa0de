/* imgdiff.c - how far apart two greyscale renderings are.
 *
 *   imgdiff A.pgm B.pgm
 *
 * Reads two binary PGM (P5, 8-bit) images of the same size, as pdftoppm
 * -gray writes them, and prints "differ P% mean M": the share of pixels
 * whose grey differs by more than 64 (of 255), and the mean absolute
 * difference. Exit 0, or 2 when a file cannot be read or the sizes
 * differ (printed as such). The caller judges the figures. */
#include <stdio.h>
#include <stdlib.h>

/* Skips blanks and # comments between header fields. */
static int field(FILE *f, long *v)
{
	int c;
	while ((c = fgetc(f)) == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	       c == '#')
		if (c == '#')
			while ((c = fgetc(f)) != '\n' && c != EOF)
				;
	if (c == EOF || c < '0' || c > '9')
		return -1;
	*v = 0;
	for (; c >= '0' && c <= '9'; c = fgetc(f))
		if ((*v = *v * 10 + (c - '0')) > 100000)
			return -1;
	return 0;   /* the one blank after the last field is consumed */
}

static unsigned char *load(const char *path, long *w, long *h)
{
	FILE *f = fopen(path, "rb");
	long max;
	unsigned char *px = NULL;
	if (!f)
		return NULL;
	if (fgetc(f) == 'P' && fgetc(f) == '5' && field(f, w) == 0 &&
	    field(f, h) == 0 && field(f, &max) == 0 && max == 255 &&
	    *w > 0 && *h > 0) {
		px = malloc((size_t)(*w * *h));
		if (px && fread(px, 1, (size_t)(*w * *h), f) !=
			  (size_t)(*w * *h)) {
			free(px);
			px = NULL;
		}
	}
	fclose(f);
	return px;
}

int main(int argc, char **argv)
{
	long wa, ha, wb, hb;
	if (argc != 3) {
		fprintf(stderr, "usage: imgdiff A.pgm B.pgm\n");
		return 2;
	}
	unsigned char *a = load(argv[1], &wa, &ha), *b = load(argv[2], &wb, &hb);
	int rc = 2;
	if (!a || !b)
		printf("unreadable: %s\n", !a ? argv[1] : argv[2]);
	else if (wa != wb || ha != hb)
		printf("sizes differ: %ldx%ld and %ldx%ld\n", wa, ha, wb, hb);
	else {
		long n = wa * ha, far = 0;
		double sum = 0;
		for (long i = 0; i < n; i++) {
			int d = abs(a[i] - b[i]);
			far += d > 64;
			sum += d;
		}
		printf("differ %.3f%% mean %.3f\n", 100.0 * far / n, sum / n);
		rc = 0;
	}
	free(a);
	free(b);
	return rc;
}
