using FluentValidation;
using Gemeenschapskracht.Domain.Tenants;

namespace Gemeenschapskracht.Application.Instellingen.Commands.UploadLogo;

public sealed class UploadLogoValidator : AbstractValidator<UploadLogoCommand>
{
    public UploadLogoValidator() =>
        RuleFor(c => c.Data).Cascade(CascadeMode.Stop)
            .Must(d => d.Length is > 0 and <= TenantLogo.MaxBytes)
            .WithMessage($"Een logo moet tussen 1 byte en {TenantLogo.MaxBytes / 1024} KB groot zijn.")
            .Must(d => TenantLogo.DetectContentType(d) is not null)
            .WithMessage("Een logo moet een PNG-, JPEG- of WebP-afbeelding zijn.");
}
