import gc

# The modules loaded now live as long as the app: no collection passes over them while they
# load (one full pass over pydantic's and httpx's objects costs tens of ms), and frozen, no
# later pass does either. The main-thread collector (ui/gc.py) takes over from here.
gc.disable()
from .app import main  # noqa: E402

gc.freeze()
gc.enable()

raise SystemExit(main())
