using FluentValidation;

namespace Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;

public sealed class CreateOrganisatieValidator : AbstractValidator<CreateOrganisatieCommand>
{
    public CreateOrganisatieValidator() => this.AddOrganisatieRules();
}
