/* media.c - the files content links to; see media.h. */
#include "media.h"

#include <stdio.h>
#include <threads.h>

typedef struct media_image {
	image_verdict verdict;
	const char   *why;
} media_image;

/* The site's two maps, shared by the threads that check documents. */
static mtx_t     media_lock;
static once_flag media_once = ONCE_FLAG_INIT;

static void media_lock_init(void)
{
	mtx_init(&media_lock, mtx_plain);
}

void media_add(site *s, const char *rel)
{
	call_once(&media_once, media_lock_init);
	mtx_lock(&media_lock);
	if (!strmap_get(&s->media, rel)) {
		const char *kept = arena_strdup(s->a, rel);
		strmap_put(s->a, &s->media, kept, (void *)kept);
	}
	mtx_unlock(&media_lock);
}

/* The kept verdict on rel, or NULL. */
static const media_image *kept_verdict(site *s, const char *rel)
{
	call_once(&media_once, media_lock_init);
	mtx_lock(&media_lock);
	const media_image *m = strmap_get(&s->images, rel);
	mtx_unlock(&media_lock);
	return m;
}

/* The image is decoded outside the lock, so that threads check different
 * images at once; two that meet the same new image both decode it, and
 * the first verdict stays. */
image_verdict media_check_image(site *s, const char *rel, const char *file,
				const char **why)
{
	const media_image *m = kept_verdict(s, rel);
	if (!m) {
		image_info info;
		char err[300];
		image_verdict v = image_check(file, &info, err, sizeof err);
		mtx_lock(&media_lock);
		if (!(m = strmap_get(&s->images, rel))) {
			media_image *n = arena_alloc(s->a, sizeof *n);
			n->verdict = v;
			n->why = v == IMAGE_GOOD ? "" : arena_strdup(s->a, err);
			const char *key = arena_strdup(s->a, rel);
			strmap_put(s->a, &s->images, key, n);
			m = n;
		}
		mtx_unlock(&media_lock);
	}
	*why = m->why;
	return m->verdict;
}
