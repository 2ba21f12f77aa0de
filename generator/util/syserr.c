/* syserr.c - system errors in Dutch; see syserr.h. */
#include "syserr.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const struct {
	int         err;
	const char *text;
} texts[] = {
	{ ENOENT, "bestand of map bestaat niet" },
	{ EACCES, "geen toegang" },
	{ EPERM, "niet toegestaan" },
	{ EISDIR, "is een map" },
	{ ENOTDIR, "een deel van het pad is geen map" },
	{ ENOSPC, "de schijf is vol" },
	{ EDQUOT, "de schijfruimte (quota) is op" },
	{ EROFS, "het bestandssysteem is alleen-lezen" },
	{ EEXIST, "bestaat al" },
	{ ENOTEMPTY, "de map is niet leeg" },
	{ ELOOP, "te veel symbolische links na elkaar" },
	{ ENAMETOOLONG, "de naam is te lang" },
	{ EMFILE, "te veel open bestanden" },
	{ ENFILE, "te veel open bestanden op het systeem" },
	{ ENOMEM, "onvoldoende geheugen" },
	{ EIO, "lees- of schrijffout op het apparaat" },
	{ EXDEV, "ligt op een ander bestandssysteem" },
	{ EBUSY, "is in gebruik" },
	{ ETXTBSY, "is in gebruik" },
	{ EINVAL, "ongeldige waarde" },
	{ EFBIG, "het bestand is te groot" },
	{ EOVERFLOW, "het bestand is te groot" },
	{ EILSEQ, "ongeldige tekens" },
	{ EAGAIN, "tijdelijk niet beschikbaar" },
	{ EINTR, "onderbroken" },
	{ EMLINK, "te veel koppelingen" },
	{ ENODEV, "geen apparaat" },
	{ ENXIO, "geen apparaat" },
};

const char *syserr_text(int err)
{
	static _Thread_local char other[40];
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (texts[i].err == err)
			return texts[i].text;
	snprintf(other, sizeof other, "systeemfout %d", err);
	return other;
}
