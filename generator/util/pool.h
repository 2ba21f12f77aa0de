/* pool.h - independent jobs on a few threads.
 *
 * pool_run() calls job(workers[w], i) once for every i below n, on up to
 * n_workers threads, this one included: each thread takes the next i
 * until none is left, with its own worker state. It returns when every
 * job is done. The order in which jobs run is not fixed: jobs keep their
 * results apart (by i), and the caller puts them in order. */
#ifndef COACHKIT_POOL_H
#define COACHKIT_POOL_H

#include <stddef.h>

void pool_run(size_t n, void **workers, int n_workers,
	      void (*job)(void *worker, size_t i));

#endif
