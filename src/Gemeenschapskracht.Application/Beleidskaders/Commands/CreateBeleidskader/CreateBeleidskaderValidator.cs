using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.CreateBeleidskader;

public sealed class CreateBeleidskaderValidator : AbstractValidator<CreateBeleidskaderCommand>
{
    public CreateBeleidskaderValidator()
    {
        RuleFor(c => c.Titel).RequiredText("de titel van het beleidskader", 200);
    }
}
