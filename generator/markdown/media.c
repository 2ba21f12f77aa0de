/* media.c - the files content links to; see media.h. */
#include "media.h"

#include <stdio.h>
#include <pthread.h>

typedef struct media_image {
	image_verdict verdict;
	const char   *why;
} media_image;

/* The site's two maps, shared by the threads that check documents. */
static pthread_mutex_t     media_lock;
static pthread_once_t media_once = PTHREAD_ONCE_INIT;

static void media_lock_init(void)
{
	pthread_mutex_init(&media_lock, NULL);
}

const char *media_add(site *s, const char *rel)
{
	pthread_once(&media_once, media_lock_init);
	pthread_mutex_lock(&media_lock);
	const char *kept = strmap_get(&s->media, rel);
	if (!kept) {
		kept = arena_strdup(s->a, rel);
		strmap_put(s->a, &s->media, kept, (void *)kept);
	}
	pthread_mutex_unlock(&media_lock);
	return kept;
}

/* The kept verdict on rel, or NULL. */
static const media_image *kept_verdict(site *s, const char *rel)
{
	pthread_once(&media_once, media_lock_init);
	pthread_mutex_lock(&media_lock);
	const media_image *m = strmap_get(&s->images, rel);
	pthread_mutex_unlock(&media_lock);
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
		pthread_mutex_lock(&media_lock);
		if (!(m = strmap_get(&s->images, rel))) {
			media_image *n = arena_alloc(s->a, sizeof *n);
			n->verdict = v;
			n->why = v == IMAGE_GOOD ? "" : arena_strdup(s->a, err);
			const char *key = arena_strdup(s->a, rel);
			strmap_put(s->a, &s->images, key, n);
			m = n;
		}
		pthread_mutex_unlock(&media_lock);
	}
	*why = m->why;
	return m->verdict;
}
