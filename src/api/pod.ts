/** husk's own pod service (api/husk/pod/v1/pod.proto), served on each shim's socket. */
import { defineService, unary } from '../ttrpc/index.js';
import { husk } from '../../api/gen/husk.js';

const p = husk.pod.v1;

export const PodV1 = defineService('husk.pod.v1.Pod', {
  AddDevice: unary(p.AddDeviceRequest, p.Device),
  RemoveDevice: unary(p.RemoveDeviceRequest, p.RemoveDeviceResponse),
  ListDevices: unary(p.ListDevicesRequest, p.ListDevicesResponse),
  AddInterface: unary(p.AddInterfaceRequest, p.Interface),
  RemoveInterface: unary(p.RemoveInterfaceRequest, p.RemoveInterfaceResponse),
  ListInterfaces: unary(p.ListInterfacesRequest, p.ListInterfacesResponse),
  UpdateRoutes: unary(p.UpdateRoutesRequest, p.ListRoutesResponse),
  ListRoutes: unary(p.ListRoutesRequest, p.ListRoutesResponse),
  Resize: unary(p.ResizeRequest, p.Size),
  Status: unary(p.StatusRequest, p.StatusResponse),
  Stats: unary(p.StatsRequest, p.StatsResponse),
});
