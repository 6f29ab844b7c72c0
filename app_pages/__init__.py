"""Pages of the Streamlit app (``app.py`` beside this folder). Pages only call :mod:`catalog.queries`."""
