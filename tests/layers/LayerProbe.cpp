// Compiled by tests/layers against one layer's library: LAYER_PROBE_HEADER is either a header that layer may
// use (the control build, which must succeed) or a header of a higher layer (which must not be found).
#include LAYER_PROBE_HEADER

int layerProbe()
{
    return 0;
}
