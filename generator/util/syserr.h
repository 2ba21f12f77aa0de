/* syserr.h - a system error (errno) said in Dutch, for messages.
 *
 * strerror() speaks the C locale's English, and coachkit prints every
 * message in Dutch; the errors a build meets (a missing file, no
 * permission, a full disk, ...) are said here instead. */
#ifndef COACHKIT_SYSERR_H
#define COACHKIT_SYSERR_H

/* The Dutch text for err, lowercase, to follow a colon. A static string,
 * or for an error without a text here a thread-local one that holds
 * until the next call on the same thread. */
const char *syserr_text(int err);

#endif
