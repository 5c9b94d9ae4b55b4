"""The statistics window and its charts (QtCharts); the figures come from services.stats."""
