"""ui/reader"""
