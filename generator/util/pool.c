/* pool.c - independent jobs on a few threads; see pool.h. */
#include "pool.h"
#include "arena.h"

#include <pthread.h>
#include <stdlib.h>

typedef struct pool {
	size_t n, next;
	pthread_mutex_t  lock;
	void (*job)(void *worker, size_t i);
} pool;

typedef struct thread_arg {
	pool *p;
	void *worker;
} thread_arg;

/* POSIX threads rather than C11's: thread sanitizers know them. */
static void *run(void *ud)
{
	thread_arg *t = ud;
	pool *p = t->p;
	for (;;) {
		pthread_mutex_lock(&p->lock);
		size_t i = p->next++;
		pthread_mutex_unlock(&p->lock);
		if (i >= p->n)
			return NULL;
		p->job(t->worker, i);
	}
}

void pool_run(size_t n, void **workers, int n_workers,
	      void (*job)(void *worker, size_t i))
{
	pool p = { .n = n, .job = job };
	pthread_mutex_init(&p.lock, NULL);
	if (n_workers < 1)
		n_workers = 1;
	pthread_t *t = xmalloc((size_t)n_workers * sizeof *t);
	thread_arg *args = xmalloc((size_t)n_workers * sizeof *args);
	int started = 0;
	for (int i = 0; i < n_workers; i++)
		args[i] = (thread_arg){ &p, workers[i] };
	for (int i = 1; i < n_workers; i++, started++)   /* this one is 0 */
		if (pthread_create(&t[i], NULL, run, &args[i]) != 0)
			break;
	run(&args[0]);
	for (int i = 1; i <= started; i++)
		pthread_join(t[i], NULL);
	free(args);
	free(t);
	pthread_mutex_destroy(&p.lock);
}
