namespace Gemeenschapskracht.Domain.Wijkbudgetten;

public enum MethodiekStatus
{
    Ontwerp,
    Vastgesteld,
    Vervangen,
}
