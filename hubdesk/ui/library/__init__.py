"""ui/library"""
