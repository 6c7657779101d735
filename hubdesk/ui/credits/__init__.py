"""ui/credits"""
