import sys

from v2gstack.cli import main

sys.exit(main())
