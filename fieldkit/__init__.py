"""fieldkit: an offline, encrypted survey-interview instrument for elite interviews."""

__version__ = "0.1.0"
