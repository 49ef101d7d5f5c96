# gui_responsiveness: trains at full speed with B = 1 in the real window (offscreen by default)
# and measures the GUI thread's timer gaps, the plot refresh rate and resident memory.
add_executable(gui_responsiveness ${CMAKE_CURRENT_LIST_DIR}/gui_responsiveness.cpp)
target_link_libraries(gui_responsiveness PRIVATE batchlab_ui batchlab_warnings)
