"""ui/history"""
