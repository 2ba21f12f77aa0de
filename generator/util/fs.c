/* fs.c - files and paths; see fs.h. */
#define _GNU_SOURCE   /* realpath(), copy_file_range() */
#include "fs.h"

#include <dirent.h>
#include <stdio.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int fs_read(const char *path, buf *out)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		int e = errno;
		if (e == 0 || S_ISDIR(st.st_mode) || !S_ISREG(st.st_mode))
			e = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
		close(fd);
		errno = e;
		return -1;
	}
	buf_clear(out);
	buf_grow(out, (size_t)st.st_size + 1);
	for (;;) {
		buf_grow(out, 4096);
		ssize_t n = read(fd, out->data + out->len, out->cap - out->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
	}
	out->data[out->len] = '\0';
	close(fd);
	return 0;
}

int fs_read_text(const char *path, buf *out)
{
	if (fs_read(path, out) < 0)
		return -1;
	buf_normalize_eol(out);
	return 0;
}

/* Writes data to the open file fd and closes it. */
static int write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return close(fd);
}

int fs_write(const char *path, const char *data, size_t len)
{
	/* a new file: never through another name's link */
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	if (fd < 0 && errno == EEXIST && unlink(path) == 0)
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	return fd < 0 ? -1 : write_all(fd, data, len);
}

int fs_write_changed(const char *path, const char *data, size_t len,
		     buf *scratch)
{
	struct stat st;
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (size_t)st.st_size == len && fs_read(path, scratch) == 0 &&
	    scratch->len == len && (!len || !memcmp(scratch->data, data, len)))
		return 0;
	return fs_write(path, data, len);
}

int fs_create(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	return fd < 0 ? -1 : write_all(fd, data, len);
}

int fs_mkdir_p(const char *path)
{
	if (fs_is_dir(path))
		return 0;   /* the usual case: one call, not one a level */
	size_t n = strlen(path);
	char *p = xmalloc(n + 1);
	memcpy(p, path, n + 1);
	for (size_t i = 1; i <= n; i++) {
		if (p[i] != '/' && p[i] != '\0')
			continue;
		char c = p[i];
		p[i] = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST) {
			int e = errno;
			free(p);
			errno = e;
			return -1;
		}
		p[i] = c;
	}
	free(p);
	return fs_is_dir(path) ? 0 : (errno = ENOTDIR, -1);
}

int fs_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int fs_is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int fs_is_empty_dir(const char *path)
{
	DIR *d = opendir(path);
	if (!d)
		return 0;
	struct dirent *e;
	int empty = 1;
	while (empty && (e = readdir(d)) != NULL)
		empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
	closedir(d);
	return empty;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int fs_list(arena *a, const char *dir, ptrvec *names)
{
	DIR *d = opendir(dir);
	if (!d)
		return -1;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		ptrvec_push(a, names, arena_strdup(a, e->d_name));
	}
	closedir(d);
	if (names->len)
		qsort(names->items, names->len, sizeof *names->items, cmp_str);
	return 0;
}

int fs_remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path);
	DIR *d = opendir(path);
	if (!d)
		return -1;
	struct dirent *e;
	int rc = 0;
	size_t plen = strlen(path);
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		size_t n = plen + strlen(e->d_name) + 2;
		char *child = xmalloc(n);
		snprintf(child, n, "%s/%s", path, e->d_name);
		if (fs_remove_tree(child) < 0)
			rc = -1;
		free(child);
	}
	closedir(d);
	if (rmdir(path) < 0)
		rc = -1;
	return rc;
}

/* Copies the open file in to out: in the kernel where it can, else
 * through a fixed buffer. Never holds more than 64 KiB. */
static int copy_fd(int in, int out)
{
	for (;;) {
		ssize_t n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
		if (n == 0)
			return 0;
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno != ENOSYS && errno != EXDEV &&
		    errno != EINVAL && errno != EOPNOTSUPP)
			return -1;
		if (n < 0)
			break;
	}
	static const size_t size = 64 * 1024;
	char *b = xmalloc(size);
	int rc = 0;
	for (;;) {
		ssize_t n = read(in, b, size);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			rc = n < 0 ? -1 : 0;
			break;
		}
		for (ssize_t done = 0; done < n;) {
			ssize_t w = write(out, b + done, (size_t)(n - done));
			if (w < 0 && errno == EINTR)
				continue;
			if (w < 0) {
				rc = -1;
				break;
			}
			done += w;
		}
		if (rc < 0)
			break;
	}
	int e = errno;
	free(b);
	errno = e;
	return rc;
}

int fs_copy_file(const char *src, const char *dst)
{
	int in = open(src, O_RDONLY | O_CLOEXEC);
	if (in < 0)
		return -1;
	unlink(dst);   /* as fs_write() */
	int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (out < 0) {
		int e = errno;
		close(in);
		errno = e;
		return -1;
	}
	int rc = copy_fd(in, out);
	int e = errno;
	close(in);
	if (close(out) < 0 && rc == 0)
		return -1;
	errno = e;
	return rc;
}

/* src to dst, folders made and each file given to file(). */
static int tree(const char *src, const char *dst,
		int (*file)(const char *src, const char *dst))
{
	if (!fs_is_dir(src))
		return file(src, dst);
	if (fs_mkdir_p(dst) < 0)
		return -1;
	arena a;
	arena_init(&a, 0);
	ptrvec names = {0};
	int rc = fs_list(&a, src, &names);
	for (size_t i = 0; rc == 0 && i < names.len; i++)
		rc = tree(path_join(&a, src, names.items[i]),
			  path_join(&a, dst, names.items[i]), file);
	arena_free(&a);
	return rc;
}

int fs_copy_tree(const char *src, const char *dst)
{
	return tree(src, dst, fs_copy_file);
}

int fs_copy_tree_with(const char *src, const char *dst,
		      int (*copy)(const char *src, const char *dst))
{
	return tree(src, dst, copy);
}

/* A hard link, or a copy across file systems. */
static int link_file(const char *src, const char *dst)
{
	if (link(src, dst) == 0)
		return 0;
	return errno == EXDEV || errno == EPERM ? fs_copy_file(src, dst) : -1;
}

int fs_link_tree(const char *src, const char *dst)
{
	return tree(src, dst, link_file);
}

char *path_join(arena *a, const char *dir, const char *name)
{
	if (!dir[0] || (dir[0] == '.' && !dir[1]))
		return arena_strdup(a, name);
	size_t n = strlen(dir);
	if (dir[n - 1] == '/')
		return arena_printf(a, "%s%s", dir, name);
	return arena_printf(a, "%s/%s", dir, name);
}

char *path_dirname(arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return arena_strdup(a, "");
	return arena_strndup(a, path, (size_t)(slash - path));
}

const char *path_basename(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

char *path_normalize(arena *a, const char *path)
{
	if (path[0] == '/')
		return NULL;
	size_t n = strlen(path);
	char *out = arena_alloc(a, n + 1);
	size_t len = 0;
	const char *p = path;
	while (*p) {
		const char *end = strchr(p, '/');
		size_t seg = end ? (size_t)(end - p) : strlen(p);
		if (seg == 0 || (seg == 1 && p[0] == '.')) {
			/* skip */
		} else if (seg == 2 && p[0] == '.' && p[1] == '.') {
			if (len == 0)
				return NULL;
			while (len > 0 && out[len - 1] != '/')
				len--;
			if (len > 0)
				len--;
		} else {
			if (len > 0)
				out[len++] = '/';
			memcpy(out + len, p, seg);
			len += seg;
		}
		p += seg;
		if (*p == '/')
			p++;
	}
	out[len] = '\0';
	return out;
}

/* Length of the first segment of p (up to '/' or the end). */
static size_t seg_len(const char *p)
{
	const char *s = strchr(p, '/');
	return s ? (size_t)(s - p) : strlen(p);
}

char *path_relative(arena *a, const char *from_dir, const char *to)
{
	const char *f = from_dir, *t = to;
	/* Skip the leading directories both share; to's last segment is the
	 * file itself and is never shared. */
	while (*f) {
		size_t n = seg_len(f), m = seg_len(t);
		if (n != m || t[m] != '/' || memcmp(f, t, n) != 0)
			break;
		f += n + (f[n] == '/');
		t += m + 1;
	}
	buf b = BUF_INIT;
	while (*f) {
		buf_puts(&b, "../");
		size_t n = seg_len(f);
		f += n + (f[n] == '/');
	}
	buf_puts(&b, t);
	char *s = arena_strndup(a, b.data, b.len);
	buf_free(&b);
	return s;
}

int path_has_suffix(const char *path, const char *suffix)
{
	size_t n = strlen(path), m = strlen(suffix);
	return n >= m && memcmp(path + n - m, suffix, m) == 0;
}

/* Appends the segments of rest to the resolved base, lexically. */
static char *path_append(arena *a, const char *base, const char *rest)
{
	buf b = BUF_INIT;
	buf_puts(&b, base);
	for (const char *p = rest; *p;) {
		size_t n = seg_len(p);
		if (n == 2 && p[0] == '.' && p[1] == '.') {
			while (b.len > 1 && b.data[b.len - 1] != '/')
				b.len--;
			if (b.len > 1)
				b.len--;
		} else if (n && !(n == 1 && p[0] == '.')) {
			if (b.data[b.len - 1] != '/')
				buf_putc(&b, '/');
			buf_put(&b, p, n);
		}
		p += n + (p[n] == '/');
	}
	char *s = arena_strndup(a, b.data, b.len);
	buf_free(&b);
	return s;
}

char *path_resolve(arena *a, const char *path)
{
	if (!path[0]) {
		errno = ENOENT;
		return NULL;
	}
	/* The longest prefix that exists, ended at a '/'. */
	size_t n = strlen(path);
	char *head = arena_strndup(a, path, n);
	for (;;) {
		char *real = realpath(head[0] ? head : ".", NULL);
		if (real) {
			char *r = path_append(a, real, path + strlen(head));
			free(real);
			return r;
		}
		if ((errno != ENOENT && errno != ENOTDIR) || !head[0] ||
		    !strcmp(head, "/"))
			return NULL;
		char *slash = strrchr(head, '/');
		if (!slash)
			head[0] = '\0';
		else if (slash == head)
			head[1] = '\0';
		else
			*slash = '\0';
	}
}

int path_within(const char *inner, const char *outer)
{
	size_t n = strlen(outer);
	if (n == 1 && outer[0] == '/')
		return inner[0] == '/';
	return strncmp(inner, outer, n) == 0 &&
	       (inner[n] == '\0' || inner[n] == '/');
}
