"""One module of routes per page, plus the JSON API and downloads."""
