"""The Qt-free core: extraction, the library store, citations and exports."""
