#!/bin/sh
# The lessons' running text set by LuaLaTeX with the manual's font, size,
# leading and measure (layouts/print/handout.yaml: Noto Serif 10.5/15 pt,
# A4 with margins 22/24 mm and 25/20 mm), to compare line breaking and
# page make-up with coachkit's manual. Boxes, quizzes and other
# directives are left out: they are set at another measure. With
# MICROTYPE=1 the microtype package is loaded (font expansion and
# protrusion), as a typographer would. Needs pandoc
# and texlive-luatex with texlive-lang-european (not test dependencies).
#   sh tests/tools/latex-manual.sh [PROJECT] [OUTDIR]  -> OUTDIR/manual.pdf
set -e
dir=${1:-.}
out=${2:-/tmp/coachkit-latex}
mkdir -p "$out"
for f in "$dir"/content/modules/*/[0-9]*.md; do
	awk '
	NR == 1 && /^---$/ { fm = 1; next }
	fm && /^---$/ { fm = 0; printf "\n# %s\n\n", title; next }
	fm { if (sub(/^title: */, "")) { gsub(/^"|"$/, ""); title = $0 } next }
	/^```/ { code = !code; next }
	code { next }
	{ gsub(/\]\([^)]*\)/, "]"); gsub(/\]\[[^]]*\]/, "]"); gsub(/[][]/, ""); print }
	' "$f"
done >"$out/manual.md"
pandoc -f markdown-auto_identifiers -t latex "$out/manual.md" -o "$out/body.tex"
cat >"$out/manual.tex" <<'TEX'
\documentclass[a4paper,twoside]{article}
\usepackage[top=22mm,bottom=24mm,inner=25mm,outer=20mm]{geometry}
\usepackage{fontspec}
\setmainfont{Noto Serif}
\setsansfont{Noto Sans}
\usepackage[dutch]{babel}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{0pt}{0pt}{12pt}%
  {\clearpage\sffamily\fontsize{22}{26}\selectfont}}
\renewcommand\subsection{\@startsection{subsection}{2}{0pt}{14pt}{5pt}%
  {\sffamily\fontsize{14}{18}\selectfont}}
\renewcommand\subsubsection{\@startsection{subsubsection}{3}{0pt}{10pt}%
  {3pt}{\sffamily\fontsize{11.5}{15}\selectfont}}
\makeatother
\setcounter{secnumdepth}{0}
\setlength{\parindent}{0pt}
\setlength{\parskip}{5pt}
\providecommand{\tightlist}{\setlength{\itemsep}{0pt}\setlength{\parskip}{0pt}}
\usepackage{hyperref}
\begin{document}
\fontsize{10.5}{15}\selectfont
\input{body.tex}
\end{document}
TEX
[ -n "$MICROTYPE" ] && sed -i 's/^.usepackage{hyperref}/\\usepackage{microtype}\n&/' "$out/manual.tex"
cd "$out" && lualatex -interaction=batchmode manual.tex >/dev/null
echo "$out/manual.pdf"
