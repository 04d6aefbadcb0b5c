import sys

if getattr(sys, "frozen", False):
    # A bundled app's import workers start by running this entry point again; PyInstaller's
    # multiprocessing hook makes freeze_support hand those processes over (from source the
    # workers never come here, so nothing is imported for them).
    import multiprocessing

    multiprocessing.freeze_support()

from homsquotes.cli import main  # noqa: E402

sys.exit(main())
