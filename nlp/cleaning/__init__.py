"""Article cleaning: plain-text dumps and HTML pages to title, date, byline and clean body."""
