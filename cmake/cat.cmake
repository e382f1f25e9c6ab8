# Script mode: cmake -DOUT=file "-DFILES=a;b" -P cat.cmake
# Writes the files one after another into OUT (the site's boot.js: the shared
# facts, gen/shared/rc_shared.js, then web/boot.js).
set(text "")
foreach(f IN LISTS FILES)
  file(READ "${f}" part)
  string(APPEND text "${part}")
endforeach()
file(WRITE "${OUT}" "${text}")
