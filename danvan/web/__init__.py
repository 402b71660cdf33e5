"""The web app: dashboard, search, article, facts and report pages, JSON API, raw tables."""
