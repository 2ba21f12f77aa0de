/* pool.c - independent jobs on a few threads; see pool.h. */
#include "pool.h"
#include "arena.h"

#include <stdlib.h>
#include <threads.h>

typedef struct pool {
	size_t n, next;
	mtx_t  lock;
	void (*job)(void *worker, size_t i);
} pool;

typedef struct thread_arg {
	pool *p;
	void *worker;
} thread_arg;

static int run(void *ud)
{
	thread_arg *t = ud;
	pool *p = t->p;
	for (;;) {
		mtx_lock(&p->lock);
		size_t i = p->next++;
		mtx_unlock(&p->lock);
		if (i >= p->n)
			return 0;
		p->job(t->worker, i);
	}
}

void pool_run(size_t n, void **workers, int n_workers,
	      void (*job)(void *worker, size_t i))
{
	pool p = { .n = n, .job = job };
	mtx_init(&p.lock, mtx_plain);
	if (n_workers < 1)
		n_workers = 1;
	thrd_t *t = xmalloc((size_t)n_workers * sizeof *t);
	thread_arg *args = xmalloc((size_t)n_workers * sizeof *args);
	int started = 0;
	for (int i = 0; i < n_workers; i++)
		args[i] = (thread_arg){ &p, workers[i] };
	for (int i = 1; i < n_workers; i++, started++)   /* this one is 0 */
		if (thrd_create(&t[i], run, &args[i]) != thrd_success)
			break;
	run(&args[0]);
	for (int i = 1; i <= started; i++)
		thrd_join(t[i], NULL);
	free(args);
	free(t);
	mtx_destroy(&p.lock);
}
