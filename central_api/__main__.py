import sys

from central_api.cli import main

sys.exit(main())
