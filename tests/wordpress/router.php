<?php
// PHP's built-in server: files as they are, everything else through WordPress (pretty
// permalinks). A few test-only paths stand for a broken site in front of WordPress.
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (str_starts_with($path, '/broken-proxy')) {  // a proxy's HTML error page, status 200
    header('Content-Type: text/html; charset=utf-8');
    echo "<!DOCTYPE html><html><head><title>Site maintenance</title></head><body><h1>Back soon</h1></body></html>";
    return true;
}
if (str_starts_with($path, '/error-500')) {  // a crashed site
    http_response_code(500);
    header('Content-Type: text/html; charset=utf-8');
    echo "<html><body><h1>Internal Server Error</h1></body></html>";
    return true;
}
if (str_starts_with($path, '/slow')) {  // a site that does not answer in time
    sleep(3);
    header('Content-Type: application/json');
    echo '{}';
    return true;
}
if (preg_match('#^/busy-([a-z0-9]+)#', $path, $m)) {  // busy once per key (503), then WordPress
    $mark = __DIR__ . '/wp-content/busy-' . $m[1];  // in the site's folder: down.sh --purge removes it
    if (!file_exists($mark)) {
        touch($mark);
        http_response_code(503);
        header('Retry-After: 1');
        header('Content-Type: text/html; charset=utf-8');
        echo "<html><body><h1>Service Unavailable</h1></body></html>";
        return true;
    }
}
if ($path !== '/' && file_exists(__DIR__ . $path) && !is_dir(__DIR__ . $path)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
