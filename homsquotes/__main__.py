import sys

from homsquotes.cli import main

sys.exit(main())
