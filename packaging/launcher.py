"""PyInstaller's entry script for the bundle: the same ``main`` as the ``instore-app`` command.

(``instore_app/__main__.py`` can't be the entry script: it imports ``.app`` relatively, and a
frozen entry script runs as a top-level module with no package.)
"""

from instore_app.app import main

raise SystemExit(main())
