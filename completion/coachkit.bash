# Bash completion for coachkit: the commands, their options, the kinds of
# `coachkit new` and, after --module, the modules of the project.
# `make install` puts it in PREFIX/share/bash-completion/completions/coachkit;
# it needs nothing from the bash-completion package.

# The module folders of the project dir, one a line.
_coachkit_modules()
{
	local m
	for m in "$1"/content/modules/*/; do
		[ -d "$m" ] || continue
		m=${m%/}
		printf '%s\n' "${m##*/}"
	done
}

# The words of the list $1 that start with the word being completed.
_coachkit_words()
{
	mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur")
}

# The folders that start with the word being completed.
_coachkit_dirs()
{
	compopt -o filenames 2>/dev/null
	mapfile -t COMPREPLY < <(compgen -d -- "$cur")
}

_coachkit()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	local cmd= kind= dir=. i w before=0
	local -a args=()
	COMPREPLY=()
	# the command and the other words that are not options or their
	# values (the project may come after the word being completed);
	# before counts those in front of it
	for ((i = 1; i < ${#COMP_WORDS[@]}; i++)); do
		w=${COMP_WORDS[i]}
		[ "$i" -eq "$COMP_CWORD" ] && continue
		case $w in
		-o|--output|-j|--jobs|--only|--module|--port|--bind|--base-url)
			i=$((i + 1)) ;;
		-*) ;;
		*)
			if [ -z "$cmd" ]; then
				cmd=$w
			else
				args+=("$w")
				[ "$i" -lt "$COMP_CWORD" ] && before=$((before + 1))
			fi ;;
		esac
	done
	[ "$cmd" = new ] && kind=${args[0]}
	if [ "$cmd" = new ]; then
		[ "$kind" = site ] || dir=${args[2]:-.}
	else
		dir=${args[0]:-.}
	fi
	case $prev in
	-o|--output) _coachkit_dirs; return ;;
	--only) _coachkit_words "site print"; return ;;
	--module) _coachkit_words "$(_coachkit_modules "$dir")"; return ;;
	--bind) _coachkit_words "127.0.0.1 0.0.0.0"; return ;;
	-j|--jobs|--port|--base-url) return ;;
	esac
	case $cmd in
	'')
		case $cur in
		-*) _coachkit_words "--help --version" ;;
		*) _coachkit_words "build check new serve" ;;
		esac ;;
	build)
		case $cur in
		-*) _coachkit_words "--output --only --base-url --jobs --quiet
			--verbose --dump-layout --help" ;;
		*) _coachkit_dirs ;;
		esac ;;
	check)
		case $cur in
		-*) _coachkit_words "--quiet --help" ;;
		*) _coachkit_dirs ;;
		esac ;;
	serve)
		case $cur in
		-*) _coachkit_words "--port --bind --open --help" ;;
		*) _coachkit_dirs ;;
		esac ;;
	new)
		case $cur in
		-*)
			case $kind in
			site|module) _coachkit_words "--help" ;;
			*) _coachkit_words "--module --help" ;;
			esac ;;
		*)
			case $before,$kind in
			0,*) _coachkit_words "site module lesson poster deskmat profile" ;;
			1,site|2,module|2,lesson|2,poster|2,deskmat|2,profile)
				_coachkit_dirs ;;
			esac ;;
		esac ;;
	esac
}
complete -F _coachkit coachkit
