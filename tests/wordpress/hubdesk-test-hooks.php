<?php
// Test-only hooks of the HubDesk test site: a full media library on demand.
// When the option hubdesk_test_uploads_full is set, every upload fails the way a site
// out of space does.
add_filter('wp_handle_upload_prefilter', function ($file) {
    if (get_option('hubdesk_test_uploads_full')) {
        $file['error'] = 'The media library is full: the site has no space left for uploads.';
    }
    return $file;
});
