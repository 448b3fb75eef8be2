"""ui/qtmodels"""
