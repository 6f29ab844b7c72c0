from ropa.cli import run

run()
