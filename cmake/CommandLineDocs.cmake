# Writes the man page and the shell completion scripts by asking the built engagemap for them
# (hidden options --help-man and --completion SHELL, generated from the same CLI11 definition as
# --help). Run at build time by the engagemap_docs target; each file is replaced only when complete.
# Usage: cmake -DEXE=path/to/engagemap -DOUT_DIR=dir -P CommandLineDocs.cmake
foreach(doc "man;engagemap.1;--help-man" "bash;engagemap.bash;--completion;bash" "zsh;_engagemap;--completion;zsh")
  list(GET doc 1 file)
  list(SUBLIST doc 2 -1 args)
  execute_process(COMMAND ${EXE} ${args} OUTPUT_FILE ${OUT_DIR}/${file}.tmp RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    file(REMOVE ${OUT_DIR}/${file}.tmp)
    message(FATAL_ERROR "engagemap ${args} failed (${rc}): ${err}")
  endif()
  file(RENAME ${OUT_DIR}/${file}.tmp ${OUT_DIR}/${file})
endforeach()
# Installed compressed, as Debian policy asks (-n: no name or time stamp, so the bytes are reproducible).
execute_process(COMMAND gzip -9 -n -c ${OUT_DIR}/engagemap.1 OUTPUT_FILE ${OUT_DIR}/engagemap.1.gz.tmp RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "gzip of the man page failed (${rc})")
endif()
file(RENAME ${OUT_DIR}/engagemap.1.gz.tmp ${OUT_DIR}/engagemap.1.gz)
